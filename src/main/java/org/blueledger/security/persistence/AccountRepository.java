package org.blueledger.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.security.domain.Account;

import java.util.Optional;

/** Accounts by user name; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public long countAdmins() {
        return em.createNamedQuery("Account.countAdmins", Long.class).getSingleResult();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
