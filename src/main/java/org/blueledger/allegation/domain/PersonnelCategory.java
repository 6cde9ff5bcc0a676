package org.blueledger.allegation.domain;

/** Personnel categories with the UN's published codes; uniformed = MC, MO, staff officer, UNPOL, FPU. */
public enum PersonnelCategory {
    INTERNATIONAL_STAFF(false),
    NATIONAL_STAFF(false),
    UN_VOLUNTEER(false),
    MILITARY_CONTINGENT(true),
    MILITARY_OBSERVER(true),
    STAFF_OFFICER(true),
    UN_POLICE(true),
    FORMED_POLICE_UNIT(true),
    CONTRACTOR(false);

    private final boolean uniformed;

    PersonnelCategory(boolean uniformed) {
        this.uniformed = uniformed;
    }

    /** Uniformed personnel: their contributing country is told, and their nationality is published. */
    public boolean isUniformed() {
        return uniformed;
    }
}
