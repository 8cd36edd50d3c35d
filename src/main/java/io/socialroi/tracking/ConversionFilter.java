package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ConversionFilter")
public class ConversionFilter {
    public String personKey;
    public List<@NonNull ConversionType> types;
}
