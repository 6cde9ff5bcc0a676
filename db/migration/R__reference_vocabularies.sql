-- The vocabularies of domain.md. Codes are the API's enum values (../shared/api.md).
-- Repeatable; rows are upserted, never deleted.

INSERT INTO vocabulary_term (vocabulary, code, name_en, name_fr, sort_order) VALUES
 ('MISCONDUCT_KIND', 'SEA', 'Sexual exploitation and abuse', 'Exploitation et atteintes sexuelles', 1),
 ('MISCONDUCT_KIND', 'OTHER_MISCONDUCT', 'Other misconduct', 'Autre faute', 2),

 ('SEA_TYPE', 'SEXUAL_EXPLOITATION', 'Sexual exploitation', 'Exploitation sexuelle', 1),
 ('SEA_TYPE', 'SEXUAL_ABUSE', 'Sexual abuse', 'Atteinte sexuelle', 2),
 ('SEA_TYPE', 'OTHER', 'Other', 'Autre', 3),
 ('SEA_TYPE', 'UNKNOWN', 'Unknown', 'Inconnu', 4),

 ('SEA_SUBTYPE', 'EXPLOITATIVE_RELATIONSHIP', 'Exploitative relationship', 'Relation d''exploitation', 1),
 ('SEA_SUBTYPE', 'TRANSACTIONAL_SEX', 'Transactional sex', 'Relations sexuelles monnayées', 2),
 ('SEA_SUBTYPE', 'SOLICITATION_OF_TRANSACTIONAL_SEX', 'Solicitation of transactional sex', 'Sollicitation de relations sexuelles monnayées', 3),
 ('SEA_SUBTYPE', 'RAPE', 'Rape', 'Viol', 4),
 ('SEA_SUBTYPE', 'SEXUAL_ASSAULT', 'Sexual assault', 'Agression sexuelle', 5),
 ('SEA_SUBTYPE', 'SEXUAL_ACTIVITY_WITH_MINOR', 'Sexual activity with a minor', 'Activité sexuelle avec un mineur', 6),

 ('SERIOUSNESS', 'SERIOUS', 'Serious misconduct', 'Faute grave', 1),
 ('SERIOUSNESS', 'NON_SERIOUS', 'Misconduct', 'Faute', 2),

 ('THEMATIC_AREA', 'FRAUD_AND_THEFT', 'Fraud and theft', 'Fraude et vol', 1),
 ('THEMATIC_AREA', 'MISUSE_OF_OFFICE_OR_POSITION', 'Misuse of office or position', 'Abus de fonctions ou de position', 2),
 ('THEMATIC_AREA', 'PROHIBITED_CONDUCT', 'Prohibited conduct', 'Conduite prohibée', 3),
 ('THEMATIC_AREA', 'PROCUREMENT_VIOLATIONS', 'Procurement violations', 'Infractions en matière d''achats', 4),
 ('THEMATIC_AREA', 'TRAFFIC_RELATED_VIOLATIONS', 'Traffic-related violations', 'Infractions routières', 5),
 ('THEMATIC_AREA', 'OBSTRUCTION_OF_ACCOUNTABILITY', 'Obstruction of accountability', 'Entrave à l''application du principe de responsabilité', 6),
 ('THEMATIC_AREA', 'FINANCIAL_AND_LEGAL_OBLIGATIONS', 'Financial and legal obligations', 'Obligations financières et juridiques', 7),
 ('THEMATIC_AREA', 'OTHER_UNLAWFUL_ACT', 'Other unlawful act', 'Autre acte illicite', 8),
 ('THEMATIC_AREA', 'OTHER_INFRACTIONS', 'Other infractions of regulations and rules', 'Autres infractions aux règlements et règles', 9),

 ('ALLEGATION_SOURCE', 'HOTLINE', 'Hotline', 'Ligne d''assistance', 1),
 ('ALLEGATION_SOURCE', 'EMAIL', 'E-mail', 'Courriel', 2),
 ('ALLEGATION_SOURCE', 'COMPLAINT_BOX', 'Complaint box', 'Boîte à plaintes', 3),
 ('ALLEGATION_SOURCE', 'IN_PERSON', 'In person', 'En personne', 4),
 ('ALLEGATION_SOURCE', 'COMMUNITY_NETWORK', 'Community-based complaint network', 'Réseau communautaire de plaintes', 5),
 ('ALLEGATION_SOURCE', 'OIOS', 'Directly via OIOS', 'Directement par le BSCI', 6),
 ('ALLEGATION_SOURCE', 'OTHER', 'Other', 'Autre', 7),

 ('CASE_STATUS', 'PRELIMINARY_ASSESSMENT', 'Under preliminary assessment', 'En cours d''évaluation préliminaire', 1),
 ('CASE_STATUS', 'UNDER_REVIEW_LIMITED_INFORMATION', 'Under review, limited information provided', 'En cours d''examen, informations limitées', 2),
 ('CASE_STATUS', 'UNDER_INVESTIGATION', 'Under investigation', 'Enquête en cours', 3),
 ('CASE_STATUS', 'SUBSTANTIATED', 'Substantiated', 'Fondée', 4),
 ('CASE_STATUS', 'NOT_SUBSTANTIATED', 'Not substantiated', 'Non fondée', 5),
 ('CASE_STATUS', 'CLOSED_OTHER', 'Closed under other circumstances', 'Classée pour d''autres motifs', 6),

 ('INVESTIGATING_ENTITY', 'OIOS', 'Office of Internal Oversight Services', 'Bureau des services de contrôle interne', 1),
 ('INVESTIGATING_ENTITY', 'MISSION_SIU', 'Mission Special Investigation Unit', 'Groupe spécial d''enquête de la mission', 2),
 ('INVESTIGATING_ENTITY', 'MILITARY_POLICE', 'Military Police', 'Police militaire', 3),
 ('INVESTIGATING_ENTITY', 'UN_POLICE', 'United Nations Police', 'Police des Nations Unies', 4),
 ('INVESTIGATING_ENTITY', 'AD_HOC_PANEL', 'Ad-hoc panel', 'Comité ad hoc', 5),
 ('INVESTIGATING_ENTITY', 'MEMBER_STATE_NIO', 'Member state (national investigation officer)', 'État membre (enquêteur national)', 6),
 ('INVESTIGATING_ENTITY', 'JOINT_OIOS_MEMBER_STATE', 'OIOS jointly with the member state', 'BSCI conjointement avec l''État membre', 7),
 ('INVESTIGATING_ENTITY', 'CONTINGENT_COMMANDER', 'Contingent commander', 'Commandant du contingent', 8),

 ('INVESTIGATION_FINDING', 'SUBSTANTIATED', 'Substantiated', 'Fondée', 1),
 ('INVESTIGATION_FINDING', 'NOT_SUBSTANTIATED', 'Not substantiated', 'Non fondée', 2),
 ('INVESTIGATION_FINDING', 'CLOSED_OTHER', 'Closed for other reasons', 'Close pour d''autres motifs', 3),

 ('SUBJECT_SEX', 'MALE', 'Male', 'Homme', 1),
 ('SUBJECT_SEX', 'FEMALE', 'Female', 'Femme', 2),
 ('SUBJECT_SEX', 'UNKNOWN', 'Unknown', 'Inconnu', 3),

 ('VICTIM_SEX', 'FEMALE', 'Female', 'Féminin', 1),
 ('VICTIM_SEX', 'MALE', 'Male', 'Masculin', 2),
 ('VICTIM_SEX', 'UNKNOWN', 'Unknown', 'Inconnu', 3),

 ('AGE_GROUP', 'ADULT', 'Adult', 'Adulte', 1),
 ('AGE_GROUP', 'MINOR', 'Minor (under 18)', 'Mineur (moins de 18 ans)', 2),
 ('AGE_GROUP', 'UNKNOWN', 'Unknown', 'Inconnu', 3),

 ('MEMBER_STATE_ANSWER', 'WILL_INVESTIGATE', 'Will investigate', 'Mènera l''enquête', 1),
 ('MEMBER_STATE_ANSWER', 'DECLINES', 'Declines to investigate', 'Refuse d''enquêter', 2),
 ('MEMBER_STATE_ANSWER', 'NO_ANSWER', 'No answer', 'Pas de réponse', 3),

 ('ACTION_STAGE', 'INTERIM', 'Interim', 'Provisoire', 1),
 ('ACTION_STAGE', 'FINAL', 'Final', 'Définitive', 2),

 ('ACTION_AUTHORITY', 'UN', 'United Nations', 'Organisation des Nations Unies', 1),
 ('ACTION_AUTHORITY', 'MEMBER_STATE', 'Member state', 'État membre', 2),

 ('REFERRAL_TYPE', 'TRUST_FUND', 'Trust Fund in Support of Victims of SEA', 'Fonds d''affectation spéciale en faveur des victimes d''exploitation et d''atteintes sexuelles', 1),
 ('REFERRAL_TYPE', 'MEDICAL', 'Medical assistance', 'Assistance médicale', 2),
 ('REFERRAL_TYPE', 'PSYCHOSOCIAL', 'Psychosocial support', 'Soutien psychosocial', 3),
 ('REFERRAL_TYPE', 'LEGAL', 'Legal assistance', 'Assistance juridique', 4),
 ('REFERRAL_TYPE', 'LIVELIHOOD', 'Livelihood support', 'Aide aux moyens de subsistance', 5),
 ('REFERRAL_TYPE', 'EDUCATION', 'Education', 'Éducation', 6),
 ('REFERRAL_TYPE', 'MATERIAL', 'Material assistance', 'Aide matérielle', 7),

 ('PATERNITY_OUTCOME', 'ESTABLISHED_BY_DNA', 'Paternity established by DNA', 'Paternité établie par ADN', 1),
 ('PATERNITY_OUTCOME', 'ESTABLISHED_BY_ADMISSION', 'Paternity established by admission', 'Paternité établie par reconnaissance', 2),
 ('PATERNITY_OUTCOME', 'NOT_ESTABLISHED', 'Paternity not established', 'Paternité non établie', 3)
ON DUPLICATE KEY UPDATE name_en = VALUES(name_en), name_fr = VALUES(name_fr), sort_order = VALUES(sort_order);

INSERT INTO personnel_category (code, un_code, uniformed, contingent, name_en, name_fr, sort_order) VALUES
 ('INTERNATIONAL_STAFF', 'INT',     FALSE, FALSE, 'International staff', 'Personnel recruté sur le plan international', 1),
 ('NATIONAL_STAFF',      'NS',      FALSE, FALSE, 'National staff', 'Personnel recruté sur le plan national', 2),
 ('UN_VOLUNTEER',        'UNV',     FALSE, FALSE, 'United Nations Volunteer', 'Volontaire des Nations Unies', 3),
 ('MILITARY_CONTINGENT', 'MC',      TRUE,  TRUE,  'Military contingent member', 'Membre d''un contingent militaire', 4),
 ('MILITARY_OBSERVER',   'MO',      TRUE,  FALSE, 'Military observer or expert on mission', 'Observateur militaire ou expert en mission', 5),
 ('STAFF_OFFICER',       'SO',      TRUE,  FALSE, 'Staff officer', 'Officier d''état-major', 6),
 ('UN_POLICE',           'UNPOL',   TRUE,  FALSE, 'Individual police officer', 'Policier hors unités constituées', 7),
 ('FORMED_POLICE_UNIT',  'FPU',     TRUE,  TRUE,  'Formed Police Unit member', 'Membre d''une unité de police constituée', 8),
 ('CONTRACTOR',          'CONTR',   FALSE, FALSE, 'Contractor', 'Vacataire', 9)
ON DUPLICATE KEY UPDATE un_code = VALUES(un_code), uniformed = VALUES(uniformed), contingent = VALUES(contingent),
  name_en = VALUES(name_en), name_fr = VALUES(name_fr), sort_order = VALUES(sort_order);

-- The editable list of actions: new rows may be added by migrations (or, later, by the
-- administrator); existing codes are never removed, only deactivated.
INSERT INTO action_type (code, stage, authority, name_en, name_fr, sort_order) VALUES
 ('SUSPENSION_OF_PAYMENTS',        'INTERIM', 'UN',           'Suspension of payments', 'Suspension des paiements', 1),
 ('REPATRIATION_INTERIM',          'INTERIM', 'ANY',          'Repatriation (interim)', 'Rapatriement (provisoire)', 2),
 ('ADMINISTRATIVE_LEAVE',          'INTERIM', 'UN',           'Administrative leave', 'Congé administratif', 3),
 ('CONFINEMENT_TO_BARRACKS',       'INTERIM', 'MEMBER_STATE', 'Confinement to barracks', 'Consignation au quartier', 4),
 ('REPATRIATION_DISCIPLINARY',     'FINAL',   'UN',           'Repatriation on disciplinary grounds', 'Rapatriement pour raisons disciplinaires', 10),
 ('BAN_FROM_FUTURE_SERVICE',       'FINAL',   'UN',           'Ban from future service', 'Interdiction de servir à l''avenir', 11),
 ('SEPARATION_OR_DISMISSAL',       'FINAL',   'UN',           'Separation from service or dismissal', 'Cessation de service ou renvoi', 12),
 ('DEMOTION_UN',                   'FINAL',   'UN',           'Demotion', 'Rétrogradation', 13),
 ('FINE_UN',                       'FINAL',   'UN',           'Fine', 'Amende', 14),
 ('WRITTEN_CENSURE',               'FINAL',   'UN',           'Written censure', 'Blâme écrit', 15),
 ('PAYMENTS_WITHHELD_TRUST_FUND',  'FINAL',   'UN',           'Payments withheld and paid into the Trust Fund', 'Paiements retenus et versés au Fonds d''affectation spéciale', 16),
 ('IMPRISONMENT',                  'FINAL',   'MEMBER_STATE', 'Imprisonment', 'Emprisonnement', 20),
 ('DISMISSAL',                     'FINAL',   'MEMBER_STATE', 'Dismissal', 'Renvoi', 21),
 ('DEMOTION',                      'FINAL',   'MEMBER_STATE', 'Demotion', 'Rétrogradation', 22),
 ('DETENTION',                     'FINAL',   'MEMBER_STATE', 'Detention', 'Détention', 23),
 ('FINE',                          'FINAL',   'MEMBER_STATE', 'Fine', 'Amende', 24),
 ('REPRIMAND',                     'FINAL',   'MEMBER_STATE', 'Reprimand', 'Réprimande', 25),
 ('FORFEITURE_OF_PAY',             'FINAL',   'MEMBER_STATE', 'Forfeiture of pay', 'Retenue sur solde', 26),
 ('COURT_MARTIAL_PENDING',         'FINAL',   'MEMBER_STATE', 'Court-martial pending', 'Cour martiale en instance', 27),
 ('NO_ACTION',                     'FINAL',   'MEMBER_STATE', 'No action', 'Aucune mesure', 28),
 ('REFERRAL_CRIMINAL_ACCOUNTABILITY', 'FINAL', 'UN',          'Referral for criminal accountability to the state of nationality', 'Renvoi à l''État de nationalité aux fins de poursuites pénales', 30)
ON DUPLICATE KEY UPDATE stage = VALUES(stage), authority = VALUES(authority), name_en = VALUES(name_en),
  name_fr = VALUES(name_fr), sort_order = VALUES(sort_order);

-- Deadline defaults of domain.md. Only new rules are inserted here: the amount of an existing
-- rule is never overwritten, so a changed amount goes in a new versioned migration (UPDATE).
INSERT INTO deadline_rule (code, amount, unit, description) VALUES
 ('UN_NOTIFIES_MEMBER_STATE',      5,  'WORKING_DAYS',  'UN notifies the member state after a case is referred ("without delay": flag after 5 working days)'),
 ('MEMBER_STATE_ANSWERS',          10, 'WORKING_DAYS',  'Member state answers whether it investigates and names an NIO'),
 ('SEA_INVESTIGATION',             90, 'CALENDAR_DAYS', 'National or UN investigation of SEA'),
 ('SEA_INVESTIGATION_MINOR_VICTIM', 3, 'MONTHS',        'Investigation of SEA where a victim is a minor'),
 ('OTHER_INVESTIGATION',           6,  'MONTHS',        'Other investigations'),
 ('MEMBER_STATE_REPORTS_ACTION',   90, 'CALENDAR_DAYS', 'Member state reports outcome and action after a finding (reminder every 90 days until reported)'),
 ('UN_NOTIFIES_PATERNITY_CLAIM',   5,  'WORKING_DAYS',  'UN notifies the member state of a paternity claim (on receipt: flag after 5 working days)')
ON DUPLICATE KEY UPDATE description = VALUES(description);
