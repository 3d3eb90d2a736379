using AiRace.Core.Data;

namespace AiRace.Core.Tests.Analysis;

/// <summary>The embedded dataset, extended by a small user document with a nested, dated programme.</summary>
internal static class AnalysisData
{
    public const string Extension = """
    {
      "formatVersion": 1,
      "sources": [
        { "id": "test-note", "title": "A test note", "published": "2025-07-28", "locator": "tests", "confidence": "high" }
      ],
      "programmes": [
        {
          "id": "test-sh-compute-vouchers",
          "name": "Shanghai compute vouchers (test)",
          "sponsorKind": "state",
          "jurisdiction": "CN-SH",
          "parent": "cn-sh-ai-subsidy-package",
          "instruments": [ "computeSubsidy" ],
          "status": [ { "status": "announced", "date": "2025-07-28", "sources": [ { "source": "test-note", "quote": "vouchers of 600 million yuan" } ] } ],
          "headline": { "qualifier": "exact", "amount": "600000000", "currency": "CNY", "stated": "600 million yuan" },
          "sources": [ { "source": "test-note", "quote": "vouchers of 600 million yuan" } ]
        }
      ]
    }
    """;

    public static PolicyDataset Embedded => PolicyData.Embedded;

    public static PolicyDataset Extended { get; } = PolicyData.Parse(Extension, PolicyData.Embedded);
}
