/** The OpenAPI schemas of the follow-up's requests and answers (FollowUpRequests, FollowUpResponses; written and read by JSON-B). */
package org.blueledger.followup.api.schema;
