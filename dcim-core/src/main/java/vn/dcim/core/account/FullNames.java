package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Optional;

/**
 * The full name the product's own account of a sign-in name holds ("Nguyễn Văn An" for nguyen-van-an): records keep
 * sign-in names, which never change, and documents tell people by name. None when the account has no name or
 * there is no such account (a directory user never signed in here, a name typed in a form).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FullNames {
    private final AccountRepository accounts;

    public Optional<String> of(@Nullable String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return accounts.findBySystemNameAndUsername(UserAccounts.SYSTEM, login).map(Account::fullName).filter(n -> !n.isBlank());
    }
}
