-- Consumption-tax class per product: standard (10 %), reduced (8 %, food and drink, newspapers) or exempt.
alter table catalog.products add column tax_class text not null default 'standard' check (tax_class in ('standard', 'reduced', 'exempt'));
alter table catalog.published_variants add column tax_class text not null default 'standard';
