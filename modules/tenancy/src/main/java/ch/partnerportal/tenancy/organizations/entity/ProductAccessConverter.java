package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

@Converter
public class ProductAccessConverter implements AttributeConverter<Set<ProductAccess>, String> {
    @Override
    public String convertToDatabaseColumn(Set<ProductAccess> attribute) {
        return EnumSetText.write(attribute);
    }

    @Override
    public Set<ProductAccess> convertToEntityAttribute(String dbData) {
        return EnumSetText.read(dbData, ProductAccess.class);
    }
}
