package vn.dcim.core.account;

import java.util.Set;

/**
 * Who is signed in and what they may do now: the roles come from the database on every request, so
 * a lock, a suspension or a role change takes effect at once, not when a token expires.
 */
public record Person(long accountId, String username, Set<String> rights) {
}
