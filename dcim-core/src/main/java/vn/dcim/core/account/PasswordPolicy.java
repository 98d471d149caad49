package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of Art. 15.1 and QĐ 22/2021 Art. 6.1–6.2. The numbers are {@link PasswordSettings}, whose
 * defaults are the regulation's; a site may be stricter, never looser.
 */
@Singleton
public class PasswordPolicy {
    static final int MAX_LENGTH = 128;
    private static final List<DateTimeFormatter> DATE_SHAPES = List.of("ddMMyyyy", "yyyyMMdd", "ddMMyy", "MMddyyyy")
            .stream().map(DateTimeFormatter::ofPattern).toList();

    private final PasswordSettings settings;

    PasswordPolicy(PasswordSettings settings) {
        this.settings = settings;
    }

    public int historySize() {
        return settings.history();
    }

    public int minLength(Set<Role> roles) {
        return roles.contains(Role.admin) ? settings.minLengthAdmin() : settings.minLength();
    }

    /** What is wrong with a password for this person; empty when it may be used. */
    public List<PasswordProblem> check(String password, String username, Set<Role> roles,
                                       @Nullable LocalDate birthDate, @Nullable String phone) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (password == null) {
            password = "";
        }
        if (password.length() < minLength(roles)) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            problems.add(PasswordProblem.NO_LOWER_CASE);
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            problems.add(PasswordProblem.NO_UPPER_CASE);
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            problems.add(PasswordProblem.NO_DIGIT);
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add(PasswordProblem.NO_SPECIAL);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.CONTAINS_USERNAME);
        }
        String digits = password.replaceAll("\\D", "");
        if (birthDate != null && DATE_SHAPES.stream().anyMatch(f -> digits.contains(birthDate.format(f)))) {
            problems.add(PasswordProblem.CONTAINS_BIRTH_DATE);
        }
        if (phone != null && containsPhone(digits, phone.replaceAll("\\D", ""))) {
            problems.add(PasswordProblem.CONTAINS_PHONE);
        }
        return problems;
    }

    /** 0912345678, +84 912345678 and 912345678 are the same number. */
    private static boolean containsPhone(String digits, String phone) {
        String national = phone.startsWith("84") ? phone.substring(2) : phone.startsWith("0") ? phone.substring(1) : phone;
        return national.length() >= 6 && digits.contains(national);
    }

    /** QĐ 22/2021 Art. 6.2: 60 days for operators and administrators, 90 for the other roles. */
    public boolean expired(Credential credential, Instant now) {
        return expired(credential.roleSet(), credential.passwordChangedAt(), now);
    }

    boolean expired(Set<Role> roles, Instant passwordChangedAt, Instant now) {
        boolean privileged = roles.stream().anyMatch(Role::privileged);
        Duration maxAge = privileged ? settings.maxAgePrivileged() : settings.maxAgeOther();
        return passwordChangedAt.plus(maxAge).isBefore(now);
    }
}
