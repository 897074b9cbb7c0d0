package dev.liaison.people;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Person#copy()} (what {@link PeopleCache} hands out) carries every field, so none is lost from a cached person. */
class PersonCopyTest {

    @Test
    void copiesEveryFieldAndSharesNothingMutable() throws Exception {
        Person person = new Person("T1", "U1", Instant.parse("2026-01-02T03:04:05Z"));
        List<Field> fields = new ArrayList<>();
        int n = 0;
        for (Field field : Person.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            fields.add(field);
            n++;
            Class<?> type = field.getType();
            Object value;
            if (type == String.class) {
                value = "value-" + n;
            } else if (type == boolean.class) {
                value = true;
            } else if (type == Instant.class) {
                value = Instant.ofEpochSecond(n);
            } else if (type == Integer.class) {
                value = n;
            } else if (type == Long.class) {
                value = (long) n;
            } else if (type == List.class) {
                value = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            } else {
                throw new AssertionError("Set a value for " + field + " here, and copy it in Person.copy()");
            }
            field.set(person, value);
        }

        Person copy = person.copy();

        assertThat(copy).isNotSameAs(person);
        for (Field field : fields) {
            assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(person));
        }
        copy.setAdmin(false);
        copy.setWorkingHours(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0), java.util.Set.of(DayOfWeek.TUESDAY));
        assertThat(person.admin()).isTrue();
        Field workDays = Person.class.getDeclaredField("workDays");
        workDays.setAccessible(true);
        assertThat(workDays.get(person)).isEqualTo(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }
}
