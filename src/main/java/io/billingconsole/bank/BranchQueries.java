package io.billingconsole.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL on {@code bank_branch} that is more than a Panache finder. Each method runs in its
 * caller's transaction; {@link BranchSearch} owns the transaction and the input rules.
 */
@ApplicationScoped
public class BranchQueries {

    /** Separates the pieces of one parameter; the search refuses control characters, so no piece holds one. */
    static final String SEPARATOR = "\n";

    /*
     * Chinese names have no spaces and pg_trgm's padded trigrams barely match a two-character word
     * inside them ("西湖" in "中国工商银行杭州西湖支行" scores 0), so a branch is scored on what of the
     * query it contains: its pieces (when some branch contains them all, only such branches match),
     * else its character pairs (at least 60 %, which lets one typo or a word order like "工商银行西湖"
     * through); pairs and characters found rank the matches and pg_trgm's word similarity breaks ties. What is searched: the branch name, province and city, the bank's names
     * and code, and the English name, lower-cased.
     */
    private static final String SEARCH = """
            select b.id, b.name, b.name_en, b.bank_code, b.bank_zh, b.bank_en, b.province, b.city
              from (select s.*, bool_or(s.every_piece) over () as any_whole
              from (select br.id, br.name, br.name_en, br.bank_code, bk.name_zh as bank_zh, bk.name_en as bank_en,
                           br.province, br.city, h.hay,
                           (select cast(count(*) filter (where strpos(h.hay, g) > 0) as double precision) / count(*)
                              from unnest(string_to_array(:pairs, chr(10))) g) as pair_score,
                           (select cast(count(*) filter (where strpos(h.hay, c) > 0) as double precision) / count(*)
                              from unnest(string_to_array(:chars, chr(10))) c) as char_score,
                           (select bool_and(strpos(h.hay, t) > 0)
                              from unnest(string_to_array(:pieces, chr(10))) t) as every_piece
                      from bank_branch br
                      join bank bk on bk.code = br.bank_code
                     cross join lateral (select lower(br.name || ' ' || br.province || ' ' || br.city || ' '
                                               || bk.name_zh || ' ' || coalesce(br.name_en, '') || ' '
                                               || bk.name_en || ' ' || bk.code) as hay) h) s) b
             where b.every_piece or (not b.any_whole and b.pair_score >= 0.6)
             order by b.every_piece desc, b.pair_score + b.char_score desc, word_similarity(:query, b.hay) desc,
                      b.name, b.id
             limit :limit
            """;

    @Inject
    EntityManager em;

    /**
     * The best matches for a query already split: {@code pieces} (the space-separated words),
     * {@code pairs} (their overlapping character pairs; a word of two characters or fewer is its own
     * pair) and {@code chars} (their characters), all lower-cased and not empty.
     */
    List<BranchMatch> search(String query, List<String> pieces, List<String> pairs, List<String> chars, int limit) {
        List<?> rows = em.createNativeQuery(SEARCH)
                .setParameter("query", query)
                .setParameter("pieces", join(pieces))
                .setParameter("pairs", join(pairs))
                .setParameter("chars", join(chars))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            return new BranchMatch(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
        }).toList();
    }

    private static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(SEPARATOR));
    }
}
