package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PersonNames;

import java.util.List;

/**
 * A person as documents name them: by the full name their account holds ("Nguyễn Văn An"), the product itself by
 * the reader's word for it ("Hệ thống"), anyone else (a directory name never signed in here) by the name recorded.
 * Records keep sign-in names, which do not change; a reader is told the person.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PeopleNames {
    /** How the incident journal and the handover record the product's own acts. */
    public static final String SYSTEM = vn.dcim.core.shift.HandoverWords.SYSTEM;

    private final PersonNames names;

    public String of(@Nullable String login, Shown reader) {
        if (login == null || login.isBlank()) {
            return reader.label("none", null);
        }
        if (SYSTEM.equals(login)) {
            return reader.said("handover.actor.system", List.of(), login);
        }
        return names.of(login).orElse(login);
    }
}
