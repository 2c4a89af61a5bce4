/**
 * The handbook's own org: its custom fields, picklist values and automation (ORG-SCHEMA.md).
 * The demo, empty and tiny seeds are this org; other seeds (acme.ts) bring their own.
 */
import {
  CASE_ORIGINS,
  CASE_REASONS,
  POOLED_REGIONS,
  RESOLUTION_ACTIONS,
} from "../org-picklists";
import { field as f } from "../schema";
import type { OrgAutomation } from "../seed-types";
import { orgSchema } from "../standard-objects";

export const DEMO_SCHEMA = orgSchema({
  picklists: {
    caseOrigins: CASE_ORIGINS,
    caseReasons: CASE_REASONS,
    accountTypes: ["Customer", "Prospect"],
    opportunityTypes: ["New Business", "Existing Business", "Renewal", "Upgrade"],
  },
  customFields: {
    User: [
      f("Pooled_Region__c", "picklist", { picklist: POOLED_REGIONS }),
      f("Pooled_Role__c", "string", { length: 40 }),
    ],
    Account: [
      f("CARR__c", "currency", { label: "CARR" }),
      f("Pooled_Region__c", "picklist", { picklist: POOLED_REGIONS }),
    ],
    Case: [
      f("Opportunity__c", "reference", { ref: "Opportunity", child: "Cases__r", label: "Opportunity" }),
      f("Notes__c", "textarea", { label: "Notes" }),
      f("Resolution_Action__c", "picklist", { picklist: RESOLUTION_ACTIONS }),
      f("Web_Form_Details__c", "textarea"),
      f("First_Responded_Date__c", "datetime", { calculated: true }),
      f("Time_To_First_Response__c", "double", { calculated: true, label: "Time To First Response (Hours)" }),
    ],
  },
});

export const DEMO_AUTOMATION: OrgAutomation = {
  caseAssignment: {
    recordType: "Pooled_Sales_Case",
    accountRegionField: "Pooled_Region__c",
    queueByRegion: { EMEA: "EMEA_Pooled_Sales_Queue" },
    otherwise: "Pooled_Sales_Queue",
  },
  firstResponse: { status: "In Progress", respondedField: "First_Responded_Date__c", hoursField: "Time_To_First_Response__c" },
};
