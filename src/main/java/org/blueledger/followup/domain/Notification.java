package org.blueledger.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.CreatedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A note verbale to a member state's permanent mission, and the state's answer. */
@Entity
@Table(name = "notification")
public class Notification extends CreatedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "member_state", nullable = false, updatable = false)
    private String memberState;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "requests_nio", nullable = false)
    private boolean requestsNio;

    @Column(name = "response_due_on", nullable = false)
    private LocalDate responseDueOn;

    @Enumerated(EnumType.STRING)
    private NotificationAnswer answer;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Column(name = "nio_name")
    private String nioName;

    @Column(name = "nio_appointed_on")
    private LocalDate nioAppointedOn;

    /** Read-only here: a follow-up is persisted on its own, with its notification's id. */
    @jakarta.persistence.OneToMany
    @jakarta.persistence.JoinColumn(name = "notification_id", insertable = false, updatable = false)
    @jakarta.persistence.OrderBy("id")
    private java.util.List<NotificationFollowUp> followUps = new java.util.ArrayList<>();

    protected Notification() {
    }

    public Notification(Long allegationId, String memberState, LocalDate sentOn, boolean requestsNio,
                        LocalDate responseDueOn, Instant now, String by) {
        super(now, by);
        this.allegationId = allegationId;
        this.memberState = memberState;
        this.sentOn = sentOn;
        this.requestsNio = requestsNio;
        this.responseDueOn = responseDueOn;
    }

    public void answer(boolean willInvestigate, String nio, LocalDate nioAppointed, LocalDate on) {
        this.answer = willInvestigate ? NotificationAnswer.WILL_INVESTIGATE : NotificationAnswer.DECLINES;
        this.nioName = nio;
        this.nioAppointedOn = nioAppointed;
        this.respondedOn = on;
    }

    public LocalDate getNioAppointedOn() {
        return nioAppointedOn;
    }

    public java.util.List<NotificationFollowUp> getFollowUps() {
        return java.util.Collections.unmodifiableList(followUps);
    }

    /** The UN must investigate itself when the state declines, or stays silent past the due date. */
    public boolean unMustInvestigate(LocalDate today) {
        return answer == NotificationAnswer.DECLINES || (answer == null && today.isAfter(responseDueOn));
    }

    public Long getAllegationId() {
        return allegationId;
    }

    public String getMemberState() {
        return memberState;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public boolean isRequestsNio() {
        return requestsNio;
    }

    public LocalDate getResponseDueOn() {
        return responseDueOn;
    }

    public NotificationAnswer getAnswer() {
        return answer;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public String getNioName() {
        return nioName;
    }
}
