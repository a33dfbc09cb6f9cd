-- An image can show particular option values (e.g. { "color": "red" }): the storefront switches
-- to it when a shopper chooses that colour, and the cart shows the chosen variant's picture.
alter table catalog.images add column options jsonb not null default '{}'::jsonb;
