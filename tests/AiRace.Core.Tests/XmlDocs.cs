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

    /// <summary>Runs <paramref name="act"/>; an exception it throws must be one the member's XML docs list (its type or
    /// a base type).</summary>
    /// <param name="member">The member's documentation id.</param>
    /// <param name="act">A call of the member.</param>
    public static void ShouldThrowOnlyDocumented(string member, Action act)
    {
        Exception? thrown = null;
        try
        {
            act();
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (thrown is null)
        {
            return;
        }

        IReadOnlyList<string> documented = Exceptions(member);
        var types = new List<string>();
        for (Type? t = thrown.GetType(); t is not null; t = t.BaseType)
        {
            types.Add("T:" + t.FullName);
        }

        documented.Intersect(types).Should().NotBeEmpty(
            "{0} threw {1} ({2}), but its docs list only [{3}]", member, thrown.GetType().Name, thrown.Message, string.Join(", ", documented));
    }
}
