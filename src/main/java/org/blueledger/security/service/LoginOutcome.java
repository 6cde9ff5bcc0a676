package org.blueledger.security.service;

import jakarta.enterprise.context.RequestScoped;

/** Why the current request's sign-in failed, so the login page can say "locked" rather than "wrong". */
@RequestScoped
public class LoginOutcome {

    public enum Result { SUCCESS, INVALID, LOCKED, THROTTLED }

    private Result result;

    public Result get() {
        return result;
    }

    void set(Result result) {
        this.result = result;
    }

    /** The sign-in was not tried: too many failures from this address (see {@link SignInThrottle}). */
    public void throttled() {
        this.result = Result.THROTTLED;
    }
}
