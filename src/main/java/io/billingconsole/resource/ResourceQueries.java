package io.billingconsole.resource;

/** The queries on resources, JPQL and native SQL, in one place; the services and jobs that run them add the parameters. */
final class ResourceQueries {

    /** The account's resources among {@code :ids}, in id order ({@code :a} the account). */
    static final String OWNED = "from CloudResource r where r.id in :ids and r.accountId = :a order by r.id";

    private ResourceQueries() {
    }
}
