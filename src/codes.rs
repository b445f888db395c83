//! The codes a decision names besides its enums: the evidence to submit or keep, the deadlines it
//! sets and the other routes it offers. Written once here; the rulesets use the variants, the
//! output and `vocabulary.json` the wire names.

wire_enum!(
    /// What the seller should submit or keep (`Decision.evidence`).
    EvidenceCode {
        AddressMatch = "address_match",
        BrandAuthorisation = "brand_authorisation",
        BuyerPhotos = "buyer_photos",
        ChatRecord = "chat_record",
        CompletionRecord = "completion_record",
        ExclusionConfirmation = "exclusion_confirmation",
        FaultDateRecord = "fault_date_record",
        InspectionReport = "inspection_report",
        ListingReturnPolicy = "listing_return_policy",
        OdometerPhoto = "odometer_photo",
        ProductListing = "product_listing",
        ProofOfDelivery = "proof_of_delivery",
        PurchaseInvoice = "purchase_invoice",
        RepairRecord = "repair_record",
        ReshipConsent = "reship_consent",
        ReturnCondition = "return_condition",
        ReturnInspectionPhotos = "return_inspection_photos",
        ReturnTracking = "return_tracking",
        ShipmentRecord = "shipment_record",
        SourceDocuments = "source_documents",
        ThreeGuaranteeCertificate = "three_guarantee_certificate",
        TrackingDelivered = "tracking_delivered",
        TrackingInTransit = "tracking_in_transit",
    }
);

wire_enum!(
    /// The name of a deadline a decision sets (the keys of `Decision.deadlines`).
    DeadlineName {
        HandlingDeadline = "handlingDeadline",
        DeliveryDeadline = "deliveryDeadline",
        SellerResponseDeadline = "sellerResponseDeadline",
        LastDayToOpen = "lastDayToOpen",
        EarliestDayToOpen = "earliestDayToOpen",
        ReturnWindowLastDay = "returnWindowLastDay",
        RefundDueBy = "refundDueBy",
        ClaimWindowEnd = "claimWindowEnd",
        PlatformInterventionDay = "platformInterventionDay",
        ReturnShipDeadline = "returnShipDeadline",
        BurdenShiftEnd = "burdenShiftEnd",
        PowertrainWindowEnd = "powertrainWindowEnd",
        ReplacementWindowEnd = "replacementWindowEnd",
        RepairWarrantyEnd = "repairWarrantyEnd",
        ReturnCertificateDue = "returnCertificateDue",
        EscalationDeadline = "escalationDeadline",
        RejectWindowLastDay = "rejectWindowLastDay",
        ThreeGuaranteesEnd = "threeGuaranteesEnd",
        ContactWaitEnd = "contactWaitEnd",
        ClaimEligibleAfter = "claimEligibleAfter",
        GuaranteeEnd = "guaranteeEnd",
        PresumptionEnd = "presumptionEnd",
    }
);

wire_enum!(
    /// Another route the seller may offer the buyer besides the outcome (`Offer.kind`).
    OfferKind {
        KeepWithPartialRefund = "keep_with_partial_refund",
        KeepWithCoupon = "keep_with_coupon",
        ReturnForFullRefund = "return_for_full_refund",
        Reship = "reship",
        ReshipMissingItems = "reship_missing_items",
        Exchange = "exchange",
        Repair = "repair",
        ShipNow = "ship_now",
    }
);
