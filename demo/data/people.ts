import { Random } from "./random"

/** Where a demo customer lives; `region` picks the currency they buy in. */
type Country = {
  code: string
  region: "sweden" | "europe"
  first_names: string[]
  last_names: string[]
  cities: { city: string; postal: () => string }[]
  streets: string[]
  phone: () => string
  email_domain: string
}

export type DemoCustomer = {
  first_name: string
  last_name: string
  email: string
  phone: string
  company_name: string | null
  has_account: boolean
  region: "sweden" | "europe"
  address: {
    first_name: string
    last_name: string
    address_1: string
    city: string
    postal_code: string
    country_code: string
    phone: string
  }
}

/** The venue's own domain, used for the staff among the customers. */
export const STAFF_EMAIL_DOMAIN = "nordscen.example"

const COMPANIES = ["Fjord Events AB", "Kvarnen Konferens AB", "Nordljus Media Oy"]

function countries(random: Random): Country[] {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join("")
  return [
    {
      code: "se",
      region: "sweden",
      first_names: [
        "Anna",
        "Erik",
        "Lars",
        "Karin",
        "Johan",
        "Sofia",
        "Maria",
        "Anders",
        "Elin",
        "Oskar",
        "Maja",
        "Linnea",
        "Gustav",
        "Astrid",
        "Nils",
        "Hanna",
        "Viktor",
        "Ebba",
        "Axel",
        "Saga",
        "Olle",
        "Freja",
        "Emil",
        "Agnes",
      ],
      last_names: [
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Lindqvist",
        "Bergström",
        "Lindberg",
        "Sjöberg",
        "Holmgren",
        "Åkesson",
        "Lundgren",
        "Ekström",
        "Wallin",
        "Sandberg",
        "Öberg",
        "Hedlund",
      ],
      cities: [
        { city: "Stockholm", postal: () => `11${random.int(1, 8)} ${digits(2)}` },
        { city: "Göteborg", postal: () => `41${random.int(1, 8)} ${digits(2)}` },
        { city: "Malmö", postal: () => `21${random.int(1, 8)} ${digits(2)}` },
        { city: "Uppsala", postal: () => `75${random.int(1, 8)} ${digits(2)}` },
        { city: "Umeå", postal: () => `90${random.int(1, 7)} ${digits(2)}` },
        { city: "Lund", postal: () => `22${random.int(1, 7)} ${digits(2)}` },
      ],
      streets: ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan"],
      phone: () => `+46 70 ${digits(3)} ${digits(2)} ${digits(2)}`,
      email_domain: "example.se",
    },
    {
      code: "no",
      region: "europe",
      first_names: ["Ingrid", "Sigrid", "Kari", "Ola", "Håkon", "Solveig", "Eirik", "Marit", "Tor"],
      last_names: ["Hansen", "Johansen", "Olsen", "Haugen", "Bakken", "Solberg", "Dahl", "Strand"],
      cities: [
        { city: "Oslo", postal: () => `0${digits(3)}` },
        { city: "Bergen", postal: () => `50${digits(2)}` },
        { city: "Trondheim", postal: () => `70${digits(2)}` },
      ],
      streets: ["Karl Johans gate", "Storgata", "Thorvald Meyers gate", "Bogstadveien"],
      phone: () => `+47 9${digits(2)} ${digits(2)} ${digits(3)}`,
      email_domain: "example.no",
    },
    {
      code: "dk",
      region: "europe",
      first_names: ["Mette", "Søren", "Rasmus", "Frederik", "Ida", "Signe", "Mads", "Line"],
      last_names: [
        "Jensen",
        "Nielsen",
        "Pedersen",
        "Sørensen",
        "Rasmussen",
        "Kristensen",
        "Møller",
      ],
      cities: [
        { city: "København", postal: () => `1${digits(3)}` },
        { city: "Aarhus", postal: () => `80${digits(2)}` },
        { city: "Odense", postal: () => `50${digits(2)}` },
      ],
      streets: ["Nørregade", "Vesterbrogade", "Østergade", "Jægersborggade"],
      phone: () => `+45 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      email_domain: "example.dk",
    },
    {
      code: "fi",
      region: "europe",
      first_names: ["Aino", "Mikko", "Juha", "Sanna", "Eero", "Kaisa", "Ville", "Elina"],
      last_names: ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen", "Hämäläinen"],
      cities: [
        { city: "Helsinki", postal: () => `00${random.int(1, 9)}${digits(2)}` },
        { city: "Tampere", postal: () => `33${digits(3)}` },
        { city: "Turku", postal: () => `20${digits(3)}` },
      ],
      streets: ["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Fredrikinkatu"],
      phone: () => `+358 40 ${digits(3)} ${digits(4)}`,
      email_domain: "example.fi",
    },
  ]
}

/** "Åsa Öberg" → "asa.oberg": an e-mail local part without diacritics. */
function emailLocalPart(first: string, last: string) {
  return `${first}.${last}`
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z.]/g, "")
}

/**
 * `count` customers, mostly Swedish with Norwegian, Danish and Finnish ones.
 * The first `staffCount` work at the venue and use its e-mail domain.
 */
export function generateCustomers(
  random: Random,
  count: number,
  staffCount: number
): DemoCustomer[] {
  const all = countries(random)
  const byCode = new Map(all.map((country) => [country.code, country]))
  const seenNames = new Set<string>()
  const seenEmails = new Set<string>()
  const customers: DemoCustomer[] = []

  while (customers.length < count) {
    const isStaff = customers.length < staffCount
    const country = byCode.get(
      isStaff
        ? "se"
        : random.weighted([
            ["se", 60],
            ["no", 14],
            ["dk", 14],
            ["fi", 12],
          ] as const)
    )!
    const first_name = random.pick(country.first_names)
    const last_name = random.pick(country.last_names)
    if (seenNames.has(`${first_name} ${last_name}`)) {
      continue
    }
    seenNames.add(`${first_name} ${last_name}`)

    let local = emailLocalPart(first_name, last_name)
    const domain = isStaff ? STAFF_EMAIL_DOMAIN : country.email_domain
    while (seenEmails.has(`${local}@${domain}`)) {
      local += random.int(0, 9)
    }
    const email = `${local}@${domain}`
    seenEmails.add(email)

    const { city, postal } = random.pick(country.cities)
    const phone = country.phone()
    customers.push({
      first_name,
      last_name,
      email,
      phone,
      company_name:
        !isStaff && customers.length % 16 === 5
          ? COMPANIES[Math.floor(customers.length / 16) % COMPANIES.length]
          : null,
      has_account: isStaff || random.chance(0.6),
      region: country.region,
      address: {
        first_name,
        last_name,
        address_1: `${random.pick(country.streets)} ${random.int(1, 80)}`,
        city,
        postal_code: postal(),
        country_code: country.code,
        phone,
      },
    })
  }
  return customers
}
