package io.socialroi.imports;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.DecimalScalar;

/**
 * The GraphQL scalars an Import carries, in JSON (POST /imports and the stored result) as in GraphQL: their text.
 * (They read back through their one-string constructors.)
 */
@Singleton
public class ImportJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule scalars = new SimpleModule("social-roi-scalars");
        scalars.addSerializer(DecimalScalar.class, ToStringSerializer.instance);
        scalars.addSerializer(DateTimeScalar.class, ToStringSerializer.instance);
        mapper.registerModule(scalars);
    }
}
