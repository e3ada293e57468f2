package io.billingconsole.catalog;

import io.billingconsole.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the product rules; they are few, so each use case loads them once and looks them up by code. */
@ApplicationScoped
public class ProductCatalog {

    public List<ProductRule> all() {
        return ProductRule.listOrdered();
    }

    public Map<String, ProductRule> byType() {
        Map<String, ProductRule> rules = new LinkedHashMap<>();
        for (ProductRule rule : all()) {
            rules.put(rule.productType, rule);
        }
        return rules;
    }

    public ProductRule require(String productType) {
        ProductRule rule = productType == null ? null : ProductRule.findById(productType);
        if (rule == null) {
            throw new DomainException(CatalogError.UNKNOWN_PRODUCT, String.valueOf(productType));
        }
        return rule;
    }
}
