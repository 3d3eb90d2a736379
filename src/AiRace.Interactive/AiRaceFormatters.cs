using System.Collections.Generic;
using System.Threading;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Interactive.Charts;
using AiRace.Interactive.Html;
using Microsoft.DotNet.Interactive.Formatting;
using AiRace.Core.Reporting;

namespace AiRace.Interactive;

/// <summary>
/// Registers the HTML formatters for AiRace types with .NET Interactive. The package's
/// <c>interactive-extensions/dotnet/extension.dib</c> calls <see cref="Register"/> when a notebook references the
/// package, so users never call it themselves.
/// </summary>
public static class AiRaceFormatters
{
    private static int _registered;

    /// <summary>Whether <see cref="Register"/> has run in this process.</summary>
    public static bool IsRegistered => Volatile.Read(ref _registered) == 1;

    /// <summary>Registers the formatters (once per process; later calls do nothing).</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        Formatter.Register<Money>((value, writer) => writer.Write(MoneyHtml.Money(value)), HtmlFormatter.MimeType);
        Formatter.Register<Money>((value, writer) => writer.Write(value.ToString()), PlainTextFormatter.MimeType);
        Formatter.Register<ExchangeRate>((value, writer) => writer.Write(MoneyHtml.Rate(value)), HtmlFormatter.MimeType);
        Formatter.Register<Conversion>((value, writer) => writer.Write(MoneyHtml.Conversion(value)), HtmlFormatter.MimeType);
        Formatter.Register<NewsAmount>((value, writer) => writer.Write(MoneyHtml.Money(value.Money)), HtmlFormatter.MimeType);
        Formatter.Register<HtmlTable>((value, writer) => writer.Write(MoneyHtml.Style + value.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<SvgChart>((value, writer) => writer.Write(value.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ReportedAmount>((value, writer) => writer.Write(PolicyHtml.Reported(value)), HtmlFormatter.MimeType);
        Formatter.Register<NormalisedAmount>((value, writer) => writer.Write(PolicyHtml.Normalised(value)), HtmlFormatter.MimeType);
        Formatter.Register<Programme>((value, writer) => writer.Write(PolicyHtml.Card(value)), HtmlFormatter.MimeType);
        Formatter.Register<Target>((value, writer) => writer.Write(PolicyHtml.Card(value)), HtmlFormatter.MimeType);
        Formatter.Register<Indicator>((value, writer) => writer.Write(PolicyHtml.Card(value)), HtmlFormatter.MimeType);
        Formatter.Register<Claim>((value, writer) => writer.Write(PolicyHtml.Card(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Programme>>((value, writer) => writer.Write(PolicyHtml.Programmes(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Target>>((value, writer) => writer.Write(PolicyHtml.Targets(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Indicator>>((value, writer) => writer.Write(PolicyHtml.Indicators(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Claim>>((value, writer) => writer.Write(PolicyHtml.Claims(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Ambiguity>>((value, writer) => writer.Write(PolicyHtml.Ambiguities(value)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<PathAssessment>>((value, writer) => writer.Write(PolicyHtml.Assessments(value)), HtmlFormatter.MimeType);
        Formatter.Register<TargetPath>((value, writer) => writer.Write(PolicyHtml.Path(value)), HtmlFormatter.MimeType);
        Formatter.Register<ResultTable>((value, writer) => writer.Write(PolicyHtml.Table(value)), HtmlFormatter.MimeType);
        Formatter.Register<FundAuditRow>((value, writer) => writer.Write(PolicyHtml.Card(value.Programme)), HtmlFormatter.MimeType);
        Formatter.Register<PartsCheck>((value, writer) => writer.Write(PolicyHtml.PartsCheck(value)), HtmlFormatter.MimeType);
        Formatter.Register<ConversionAudit>((value, writer) => writer.Write(PolicyHtml.Audit(value)), HtmlFormatter.MimeType);
        Formatter.Register<Aggregation>((value, writer) => writer.Write(PolicyHtml.Aggregation(value)), HtmlFormatter.MimeType);
    }
}
