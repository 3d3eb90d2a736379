using System.IO;
using System.Linq;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// AiRace.Core is marked trimmable and ready for ahead-of-time compilation: an application that uses it can be
/// published trimmed with no trim warning from the library, and still works — money as JSON (through a source-generated
/// context, as trimmed applications serialize), the embedded dataset and a dated conversion with the embedded rates.
/// </summary>
[Collection("package")]
public class TrimmingTests
{
    private const string Program = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using AiRace.Core;
        using AiRace.Core.Data;

        Money money = Money.Cny(600_000_000.25m);
        string json = JsonSerializer.Serialize(money, Json.Default.Money);
        Money back = JsonSerializer.Deserialize(json, Json.Default.Money);
        Console.WriteLine(json);
        Console.WriteLine(back == money ? "json round-trip: equal" : "json round-trip: DIFFERENT");

        PolicyDataset data = PolicyData.Embedded;
        Console.WriteLine("programmes: " + data.Programmes.Count);

        Conversion c = Money.Billions(1, Currency.CNY).ConvertTo(
            Currency.USD, new DateOnly(2025, 7, 25), ReferenceRates.FederalReserveH10, RateLookup.ExactDate);
        Console.WriteLine("converted: " + c.Result.Round(MidpointRounding.ToEven));

        [JsonSerializable(typeof(Money))]
        internal sealed partial class Json : JsonSerializerContext
        {
        }
        """;

    private readonly PackageFixture _fixture;

    public TrimmingTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void TrimmedConsumer_PublishesWithoutTrimWarningsAndRuns()
    {
        string dir = _fixture.CreateConsumer("trimmed", Program);
        string output = Path.Combine(dir, "out");
        ProcessRunner.Result publish = PackageFixture.Dotnet(dir, "publish", "-c", "Release", "-r", "linux-x64", "--self-contained",
            "-p:PublishTrimmed=true", "-p:TrimmerSingleWarn=false", "-o", output, "-nologo");
        publish.ExitCode.Should().Be(0, publish.Output);
        publish.Output.Split('\n').Where(l => l.Contains("warning IL", System.StringComparison.Ordinal))
            .Should().BeEmpty("neither the library nor its use here may need code the trimmer removes");

        ProcessRunner.Result run = ProcessRunner.Run(Path.Combine(output, "Consumer"), System.Array.Empty<string>(), dir, System.TimeSpan.FromMinutes(2));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("\"amount\":\"600000000.25\"")
            .And.Contain("json round-trip: equal")
            .And.MatchRegex(@"programmes: [1-9]\d*")
            .And.MatchRegex(@"converted: USD 1[34]\d,\d{3},\d{3}\.\d\d");
    }
}
