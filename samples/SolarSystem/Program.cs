// The generated model in use: typed facts, references and their inverse, a lookup by an indexed
// field, and the citation behind every value.
using SolarSystem;

Planet jupiter = Planets.Jupiter;
Console.WriteLine($"{jupiter.Name} has {jupiter.Satellites.Count} moons in the article:");
foreach (Moon moon in Moons.ByPlanet(jupiter))
{
    var size = moon.Diameter is int km ? $", {km:N0} km across" : "";
    Console.WriteLine($"  {moon.Name} (seen {moon.Discovered} by {moon.Discoverer}{size})");
    foreach (var feature in moon.Features) Console.WriteLine($"    - {feature}");
}

Citation first = Moons.Ganymede.Citations[^1];
Console.WriteLine($"Source: {first.Source.File}, paragraph {first.Paragraph}: \"{first.Quote}\"");
Console.WriteLine($"{FactCatalog.All.Count} facts, runtime {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
