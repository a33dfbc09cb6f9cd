-- The admin list searches titles with ILIKE; a trigram index there cost more on bulk imports than it saved.
drop index if exists catalog.products_title_trgm;
