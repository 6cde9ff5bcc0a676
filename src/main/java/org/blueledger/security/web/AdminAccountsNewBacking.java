package org.blueledger.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.platform.faces.Messages;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountService;
import org.blueledger.security.service.AccountView;
import org.blueledger.security.service.CreateAccount;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The new-account form of admin/accounts.xhtml ({@code accountForm}); the list is {@link AdminAccountsBacking}'s. */
@Named
@ViewScoped
public class AdminAccountsNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService service;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    private List<ReferenceOption> missions;
    private List<ReferenceOption> countries;
    private String username;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String mission;
    private String memberState;
    private String email;

    @PostConstruct
    void init() {
        missions = reference.missions(locale.getLocale());
        countries = reference.countries(locale.getLocale());
    }

    public void create() {
        try {
            AccountView created = service.createAccount(new CreateAccount(username, password, roles, mission, memberState, email));
            Messages.info("admin.accounts.created", created.username());
            username = null;
            roles = new ArrayList<>();
            mission = null;
            memberState = null;
            email = null;
        } catch (ValidationFailedException e) {
            AccountForms.show(e.errors(), error -> "accountForm:" + field(error), error -> "admin.accounts." + field(error));
        } catch (ConflictException e) {
            Messages.error("accountForm:username", "admin.accounts.username.taken", username);
        } finally {
            password = null;
        }
    }

    /** The form's field of an error: each role's error goes to the roles list. */
    private static String field(FieldError error) {
        return error.field().startsWith("roles") ? "roles" : error.field();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<ReferenceOption> getMissions() {
        return missions;
    }

    public List<ReferenceOption> getCountries() {
        return countries;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
