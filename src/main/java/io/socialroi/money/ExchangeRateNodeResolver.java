package io.socialroi.money;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class ExchangeRateNodeResolver implements NodeResolver {

    @Inject
    ExchangeRateService rates;

    @Override
    public Set<String> types() {
        return Set.of(ExchangeRate.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return rates.find(id).orElse(null);
    }
}
