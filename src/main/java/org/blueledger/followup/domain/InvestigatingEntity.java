package org.blueledger.followup.domain;

/** Who investigates (api.md). */
public enum InvestigatingEntity {
    OIOS, MISSION_SIU, MILITARY_POLICE, UN_POLICE, AD_HOC_PANEL, MEMBER_STATE_NIO, JOINT_OIOS_MEMBER_STATE,
    CONTINGENT_COMMANDER
}
