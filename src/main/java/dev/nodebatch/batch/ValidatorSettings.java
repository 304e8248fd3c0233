package dev.nodebatch.batch;

import jakarta.inject.Singleton;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Turns off Hibernate Validator's per-validation cache of traversable-resolver answers. Quarkus' resolver
 * answers "yes" for every property, so the cache saves nothing, and on an input of ten thousand targets its hash
 * map was a quarter of the work done before the first provider call.
 */
@Singleton
public class ValidatorSettings implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
