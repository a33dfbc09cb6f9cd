create schema if not exists catalog;

create table catalog.categories (
  id uuid primary key,
  name text not null,
  slug text not null,
  parent_id uuid references catalog.categories (id),
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index categories_slug_unique on catalog.categories (slug);
create index categories_parent on catalog.categories (parent_id, position);

-- The admin's working copy. `published_version` is the version the live snapshot was taken from.
create table catalog.products (
  id uuid primary key,
  title text not null,
  slug text not null,
  description text not null default '',
  category_id uuid references catalog.categories (id),
  tags jsonb not null default '[]',
  attributes jsonb not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
  version integer not null default 1,
  published_version integer,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index products_slug_unique on catalog.products (slug);
create index products_status on catalog.products (status, id desc);
create index products_category on catalog.products (category_id);
create index products_title_trgm on catalog.products using gin (lower(title) gin_trgm_ops);

create table catalog.variants (
  id uuid primary key,
  product_id uuid not null references catalog.products (id) on delete cascade,
  sku text not null,
  price integer not null check (price >= 0),
  compare_at_price integer check (compare_at_price >= 0),
  options jsonb not null default '{}',
  weight_grams integer check (weight_grams >= 0),
  position integer not null default 0,
  created_at timestamptz not null default now()
);
create unique index variants_sku_unique on catalog.variants (sku);
create index variants_product on catalog.variants (product_id, position);

create table catalog.images (
  id uuid primary key,
  product_id uuid not null references catalog.products (id) on delete cascade,
  hash text not null,
  width integer not null,
  height integer not null,
  alt text not null default '',
  position integer not null default 0,
  created_at timestamptz not null default now()
);
create index images_product on catalog.images (product_id, position);

-- The storefront's denormalised snapshot: one row per published product, written in the publish transaction.
create table catalog.published_products (
  product_id uuid primary key,
  slug text not null,
  title text not null,
  category_id uuid,
  price_min integer not null,
  price_max integer not null,
  in_stock boolean not null default false,
  -- the storefront detail and list item JSON, minus live availability
  detail jsonb not null,
  list_item jsonb not null,
  search_vector tsvector not null,
  search_text text not null,
  published_at timestamptz not null
);
create unique index published_slug_unique on catalog.published_products (slug);
create index published_newest on catalog.published_products (published_at desc, product_id desc);
create index published_price_asc on catalog.published_products (price_min, product_id);
create index published_price_desc on catalog.published_products (price_max desc, product_id desc);
create index published_category on catalog.published_products (category_id, published_at desc, product_id desc);
create index published_search on catalog.published_products using gin (search_vector);
create index published_search_trgm on catalog.published_products using gin (search_text gin_trgm_ops);

create table catalog.published_variants (
  sku text primary key,
  product_id uuid not null,
  title text not null,
  options jsonb not null,
  price integer not null,
  compare_at_price integer
);
create index published_variants_product on catalog.published_variants (product_id);

-- Vocabulary of published products, for correcting misspelt query words (trigram lookup).
create table catalog.search_words (
  word text primary key
);
create index search_words_trgm on catalog.search_words using gist (word gist_trgm_ops);

-- Read model of live availability, fed by inventory.updated events (for inStock flags and filters).
create table catalog.stock_levels (
  sku text primary key,
  product_id text not null,
  available integer not null,
  updated_at timestamptz not null default now()
);
create index stock_levels_product on catalog.stock_levels (product_id) where available > 0;
