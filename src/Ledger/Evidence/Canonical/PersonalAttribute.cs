namespace Ledger.Evidence.Canonical;

/// <summary>
/// Marks data of a natural person (name, ID number, phone, bank account) in an event data type. The canonical
/// event, and so every hash, holds only a salted commitment to the value; the value and its salt travel beside
/// the event as a <see cref="Disclosure"/>, which a lawful erasure deletes without touching the ledger
/// (PIPL Art. 47). Everything under a marked property is committed as one value, including nested marks.
/// On a positional record, the mark may sit on the constructor parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class PersonalAttribute : Attribute;
