using System.Xml.Linq;

namespace AiRace.Core.Tests;

/// <summary>The XML documentation of AiRace.Core as built next to the tests: what a member documents.</summary>
internal static class XmlDocs
{
    private static readonly Lazy<XDocument> Document = new(() => XDocument.Load(Path.ChangeExtension(typeof(Currency).Assembly.Location, ".xml")));

    /// <summary>The exception types (as cref ids, such as "T:System.ArgumentException") a member documents.</summary>
    /// <param name="member">The member's documentation id, such as "M:AiRace.Core.Analysis.NormalisationBasis.AtAnnualAverage(System.Int32)".</param>
    /// <returns>The crefs of its exception tags; empty when the member is not documented.</returns>
    public static IReadOnlyList<string> Exceptions(string member) =>
        Document.Value.Descendants("member").Where(m => (string?)m.Attribute("name") == member)
            .SelectMany(m => m.Elements("exception")).Select(e => (string?)e.Attribute("cref") ?? string.Empty).ToArray();
}
