package org.blueledger.victimsupport.service;

/** A Trust Fund project, as the provider lists and the administrator's page show it. */
public record ProjectView(long id, long version, String code, String name, String country, boolean active) {
}
