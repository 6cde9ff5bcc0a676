package org.blueledger.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the editable list of actions (interim or final, by the UN, the member state or
 * either). Its code, stage and authority never change once created, since recorded actions
 * refer to them; its names, order and whether it is offered may.
 */
@Entity
@Table(name = "action_type")
public class ActionType {

    @Id
    @Column(length = 60)
    private String code;

    @jakarta.persistence.Version
    private long version;

    @Column(nullable = false, updatable = false, length = 16)
    private String stage;

    @Column(nullable = false, updatable = false, length = 16)
    private String authority;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = 200)
    private String nameFr;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ActionType() {
    }

    public ActionType(String code, String stage, String authority, String nameEn, String nameFr, int sortOrder) {
        this.code = code;
        this.stage = stage;
        this.authority = authority;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.sortOrder = sortOrder;
    }

    public void rename(String english, String french) {
        this.nameEn = english;
        this.nameFr = french;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getStage() {
        return stage;
    }

    public String getAuthority() {
        return authority;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
