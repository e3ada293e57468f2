package io.billingconsole.shared;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs first at start-up: creates the configured PostgreSQL database when it is missing, then
 * applies the Flyway migrations, so that a fresh machine needs no manual step.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    @Inject
    BillingConfig config;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        if (config.db().createIfMissing()) {
            createIfMissing();
        }
        flyway.migrate();
    }

    private void createIfMissing() throws SQLException {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            LOG.warnf("Not checking the database: cannot read its name from %s", url);
            return;
        }
        String database = matcher.group(2);
        String maintenance = "jdbc:postgresql://" + matcher.group(1) + "/postgres"
                + (matcher.group(3) == null ? "" : matcher.group(3));
        try (Connection connection = DriverManager.getConnection(maintenance, username, password.orElse(""));
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name matched [A-Za-z0-9_]+ above, so it is safe to quote into DDL
                create.execute("create database \"" + database + "\"");
                LOG.infof("Created database %s", database);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // another instance created it meanwhile
                    throw e;
                }
            }
        }
    }
}
