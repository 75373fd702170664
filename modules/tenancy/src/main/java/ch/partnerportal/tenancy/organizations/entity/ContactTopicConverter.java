package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.tenancy.api.ContactTopic;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

@Converter
public class ContactTopicConverter implements AttributeConverter<Set<ContactTopic>, String> {
    @Override
    public String convertToDatabaseColumn(Set<ContactTopic> attribute) {
        return EnumSetText.write(attribute);
    }

    @Override
    public Set<ContactTopic> convertToEntityAttribute(String dbData) {
        return EnumSetText.read(dbData, ContactTopic.class);
    }
}
