package com.geniusharmony.support.openapi;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Marks the components of a record that are not {@code @Nullable} as required: in these
 * null-marked packages they are always in the JSON, and a generated client should not
 * make them optional.
 */
final class RequiredRecordComponents implements ModelConverter {

	private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		JavaType javaType = Json.mapper().constructType(type.getType());
		Class<?> raw = javaType.getRawClass();
		if (schema == null || !raw.isRecord()) {
			return schema;
		}
		Schema model = (schema.get$ref() != null)
				? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
				: schema;
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			String name = jsonName(component);
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					|| component.isAnnotationPresent(Nullable.class);
			if (!nullable && model.getProperties().containsKey(name)
					&& (model.getRequired() == null || !model.getRequired().contains(name))) {
				model.addRequiredItem(name);
			}
		}
		return schema;
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		if (property != null && !property.value().isEmpty()) {
			return property.value();
		}
		return SNAKE_CASE.translate(component.getName());
	}

}
