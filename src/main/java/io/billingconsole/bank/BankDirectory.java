package io.billingconsole.bank;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The banks (a small table that changes only by migration), read once and kept. */
@ApplicationScoped
public class BankDirectory {

    private volatile List<Bank> banks;
    private volatile Map<String, Bank> byCode;

    /** Every bank in display order. */
    public List<Bank> all() {
        load();
        return banks;
    }

    /** The bank with this code (exact, upper case), if the console knows it. */
    public Optional<Bank> find(String code) {
        load();
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    @Transactional
    void load() {
        if (banks == null) {
            List<Bank> all = List.copyOf(Bank.<Bank>findAll(Sort.ascending("sortOrder")).list());
            byCode = all.stream().collect(Collectors.toUnmodifiableMap(b -> b.code, Function.identity()));
            banks = all;
        }
    }
}
