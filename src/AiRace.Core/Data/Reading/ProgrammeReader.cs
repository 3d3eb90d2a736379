using System.Collections.Generic;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a programme with its actors, status history, period, headline and parts. The model's constructor
/// owns the programme's rules (instruments, lifecycle, parent, parts against the headline); the tree of programmes is
/// checked once all are read (<see cref="ProgrammeTreeCheck"/>).</summary>
internal static class ProgrammeReader
{
    public static readonly string[] Required = ["id", "name", "sponsorKind", "jurisdiction", "instruments", "sources"];
    public static readonly string[] Optional = ["description", "actors", "status", "period", "headline", "parent", "parts", "inferred"];

    public static readonly string[] InvolvementRequired = ["actor", "role"];
    public static readonly string[] StatusRequired = ["status", "date", "sources"];
    public static readonly string[] PartRequired = ["id", "purpose", "description", "amount", "membership", "sources"];
    public static readonly string[] PartOptional = ["period", "inferred"];

    public static Programme? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a programme", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Programme);
        PolicyFact fact = ObjectReader.Fact("programme", id);
        string? name = o.Text("name");
        string? description = o.Has("description") ? o.Text("description") : null;
        SponsorKind? sponsor = o.Enum<SponsorKind>("sponsorKind");
        string? jurisdiction = o.Reference("jurisdiction", EntityKind.Jurisdiction);
        List<ActorInvolvement> actors = o.Items("actors", fact, static (c, n, w, f) => ReadInvolvement(c, n, w, f));
        List<Instrument?> instruments = o.Items("instruments", static (c, n, w) => c.Enum<Instrument>(n, w, "an instrument"));
        IReadOnlyList<StatusChange> status = context.StatusHistory(o.Items("status", fact, static (c, n, w, f) => ReadStatusChange(c, n, w, f)));
        Period? period = o.Value("period") is JsonTreeNode periodNode ? PeriodReader.Read(context, periodNode, o.At("period"), fact) : null;
        ReportedAmount? headline = o.Value("headline") is JsonTreeNode headlineNode ? AmountReader.Read(context, headlineNode, o.At("headline"), fact, allowConversion: true) : null;
        string? parent = o.Reference("parent", EntityKind.Programme);
        List<Allocation> parts = o.Items("parts", fact, static (c, n, w, f) => ReadAllocation(c, n, w, f));
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Programme.InferableFields, fact);
        Programme? programme = o.Build(
            (id, name, sponsor, jurisdiction, actors, instruments, status, period, headline, parent, parts, sources, description, inferred),
            static v => new Programme(v.id!, v.name!, v.sponsor!.Value, v.jurisdiction!, v.actors, v.instruments.ConvertAll(i => i!.Value), v.status, v.period, v.headline, v.parent, v.parts, v.sources!, v.description, v.inferred),
            ("statusHistory", "status"),
            ("parentId", "parent"),
            ("jurisdictionId", "jurisdiction"),
            ("inferences", "inferred"));
        if (programme is not null)
        {
            context.AddProgramme(programme, o.Where, node);
        }

        return programme;
    }

    private static ActorInvolvement? ReadInvolvement(ReadContext context, JsonTreeNode node, Where where, PolicyFact programme)
    {
        if (ObjectReader.Open(context, node, where, "an actor involvement", InvolvementRequired, [], "actor involvement", programme) is not ObjectReader o)
        {
            return null;
        }

        string? actor = o.Reference("actor", EntityKind.Actor);
        string? role = o.Text("role");
        return o.Build((actor, role, programme), static v => new ActorInvolvement(v.actor!, v.role!, v.programme), ("actorId", "actor"));
    }

    private static StatusChange? ReadStatusChange(ReadContext context, JsonTreeNode node, Where where, PolicyFact programme)
    {
        if (ObjectReader.Open(context, node, where, "a status change", StatusRequired, [], "status change", programme) is not ObjectReader o)
        {
            return null;
        }

        ProgrammeStatus? status = o.Enum<ProgrammeStatus>("status");
        PartialDate? date = o.Date("date");
        IReadOnlyList<SourceReference>? sources = o.Sources(programme.Noun is null ? default : PolicyFact.PartOf("status change", programme));
        if (o.IsWhole && status is ProgrammeStatus known && date is PartialDate on && sources is not null && context.KnownStatusChange(known, on, sources) is StatusChange same)
        {
            return same;
        }

        StatusChange? change = o.Build((status, date, sources, programme), static v => new StatusChange(v.status!.Value, v.date!.Value, v.sources!, v.programme));
        if (change is not null)
        {
            context.KeepStatusChange(change);
        }

        return change;
    }

    /// <summary>Reads a part of <paramref name="programme"/> (<c>default</c> while its id is unknown), which the
    /// problems of the part name.</summary>
    internal static Allocation? ReadAllocation(ReadContext context, JsonTreeNode node, Where where, PolicyFact programme)
    {
        if (ObjectReader.Open(context, node, where, "a part (allocation)", PartRequired, PartOptional, "part", programme) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Allocation);
        PolicyFact fact = ObjectReader.Fact("part", id);
        AllocationPurpose? purpose = o.Enum<AllocationPurpose>("purpose");
        string? description = o.Text("description");
        ReportedAmount? amount = o.Value("amount") is JsonTreeNode amountNode ? AmountReader.Read(context, amountNode, o.At("amount"), fact, allowConversion: true) : null;
        PartMembership? membership = o.Enum<PartMembership>("membership");
        Period? period = o.Value("period") is JsonTreeNode periodNode ? PeriodReader.Read(context, periodNode, o.At("period"), fact) : null;
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Allocation.InferableFields, fact);
        return o.Build((id, purpose, description, amount, membership, period, sources, inferred), static v => new Allocation(v.id!, v.purpose!.Value, v.description!, v.amount!, v.membership!.Value, v.period, v.sources!, v.inferred), ("inferences", "inferred"));
    }
}
