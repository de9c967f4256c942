// The members of the generated FactData class are named in Core's one table of generated names,
// beside the names the schema checks use (issue 26): the emitter reads them under this short name.
global using DataNames = FactGen.Core.GeneratedNames.FactDataMembers;
