package org.blueledger.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.CreatedEntity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in: roles, the scope they act in, and the lockout state. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.countAdmins",
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = org.blueledger.security.domain.Role.ADMIN")
public class Account extends CreatedEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "mission_code", length = 16)
    private String missionCode;

    @Column(name = "member_state", length = 3)
    private String memberState;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(length = 254)
    private String email;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles, String missionCode,
                   String memberState, Instant now, String createdBy) {
        super(now, createdBy);
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.missionCode = missionCode;
        this.memberState = memberState;
        this.passwordChangedAt = now;
    }

    public String getEmail() {
        return email;
    }

    /** Where reminders go; {@code null} for none. */
    public void setEmail(String email) {
        this.email = email;
    }

    /** Locked while {@code lockedUntil} lies in the future. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        unlock();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Turns on two-factor sign-in with an (encrypted) TOTP secret; the first accepted step is not reusable. */
    public void enableTotp(String encryptedSecret, long acceptedStep) {
        this.totpSecret = encryptedSecret;
        this.totpEnabled = true;
        this.totpLastStep = acceptedStep;
    }

    /** Forgets the second factor (a lost authenticator): the account enrols again at its next sign-in where required. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getMissionCode() {
        return missionCode;
    }

    public String getMemberState() {
        return memberState;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

}
