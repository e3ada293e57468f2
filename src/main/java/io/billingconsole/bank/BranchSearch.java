package io.billingconsole.bank;

import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds bank branches by a fuzzy search of their names (SPEC 8: "the branch is found by fuzzy search
 * of its name, which fills province, city and bank"), and a chosen branch by id or exact name.
 */
@ApplicationScoped
public class BranchSearch {

    /** Shorter queries find nothing: one character matches half the table. */
    public static final int MIN_QUERY = 2;
    /** Longer queries are refused; no branch name is this long. */
    public static final int MAX_QUERY = 50;
    /** The most matches one search answers. */
    public static final int MAX_MATCHES = 20;
    /** At most this many words of a query count; more only slow the search down. */
    private static final int MAX_WORDS = 8;

    @Inject
    BranchQueries queries;

    /**
     * The branches that best match {@code q} (best first, at most {@code limit}, at most 20): every
     * word of the query found in the branch's name, city, province or bank first, then the closest.
     * A query of fewer than 2 characters finds nothing; one longer than 50 is refused.
     */
    @Transactional
    public List<BranchMatch> search(String q, int limit) {
        String query = q == null ? "" : q.strip();
        if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            throw new DomainException(BankError.BRANCH_QUERY_TOO_LONG,
                    String.valueOf(MAX_QUERY));
        }
        Params.text(query, "q", MAX_QUERY);
        query = query.toLowerCase(Locale.ROOT);
        if (query.codePointCount(0, query.length()) < MIN_QUERY || limit < 1) {
            return List.of();
        }
        List<String> words = List.of(query.split("\\s+")).stream().limit(MAX_WORDS).toList();
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> chars = new LinkedHashSet<>();
        for (String word : words) {
            int[] points = word.codePoints().toArray();
            if (points.length <= 2) {
                pairs.add(word);
            }
            for (int i = 0; i < points.length; i++) {
                chars.add(new String(points, i, 1));
                if (i + 1 < points.length && points.length > 2) {
                    pairs.add(new String(points, i, 2));
                }
            }
        }
        return queries.search(String.join(" ", words), words, new ArrayList<>(pairs), new ArrayList<>(chars),
                Math.min(limit, MAX_MATCHES));
    }

    /** The branch with this id, with its bank. */
    @Transactional
    public Optional<BankBranch> find(long id) {
        return BankBranch.findByIdOptional(id);
    }

    /**
     * The branch whose name is exactly {@code name} (surrounding spaces ignored): what a page takes
     * when the browser ran no script and the user typed the whole name.
     */
    @Transactional
    public Optional<BankBranch> findByExactName(String name) {
        if (name == null || name.isBlank() || !Params.isStorableText(name.strip(), 100)) {
            return Optional.empty();
        }
        return BankBranch.find("name = :name", Parameters.with("name", name.strip())).firstResultOptional();
    }
}
