package io.billingconsole.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every test run its own freshly created PostgreSQL database and drops it afterwards, so
 * runs never see each other's data. Server: {@code BILLING_TEST_DB_HOST} (default 127.0.0.1:5432).
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = System.getenv().getOrDefault("BILLING_TEST_DB_HOST", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("BILLING_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("BILLING_DB_PASSWORD", "");

    private String database;

    @Override
    public Map<String, String> start() {
        database = "billing_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + "/" + database,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD,
                "billing.db.create-if-missing", "false");
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + HOST, e);
        }
    }
}
