-- Issue 8: the product rules are cached in memory by each console instance (ProductCatalog). This
-- one-row counter tells every instance when its copy is out of date: a trigger bumps it on any
-- insert, update, delete or truncate of product_rule, by whatever writer (the edit page, another
-- instance, psql), in the writer's transaction, so the new number becomes visible together with
-- the new rules. Each use of the catalog reads the counter (one primary-key row) and reloads the
-- rules when it differs from the number its copy was loaded at.
create table product_catalog_version (
    id      int    primary key default 1 check (id = 1),
    version bigint not null
);
comment on table product_catalog_version is
    'One row: bumped by trigger on every change to product_rule; ProductCatalog reloads its cached rules when it moves';

insert into product_catalog_version (id, version) values (1, 1);

create function bump_product_catalog_version() returns trigger
    language plpgsql as
$$
begin
    update product_catalog_version set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger product_rule_bumps_catalog_version
    after insert or update or delete or truncate on product_rule
    for each statement execute function bump_product_catalog_version();
