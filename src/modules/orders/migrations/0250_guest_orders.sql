-- Guest checkout: the guest's email and the SHA-256 of the order's access key. A guest order's
-- user_id is a stand-in derived from the email (no identity user has it) until an account
-- registered with that email claims it.
alter table orders.orders add column guest_email text;
alter table orders.orders add column access_key_hash text;
create index orders_guest_owner on orders.orders (user_id) where guest_email is not null;
