import {
  exampleMessageVariables,
  localeCandidates,
  plainTextToHtml,
  renderLoyaltyMessage,
  templateProblem,
} from ".."

describe("loyalty message templates", () => {
  it("accepts every known variable and Liquid's own tags and filters", () => {
    expect(
      templateProblem(
        "{{ first_name | upcase }} {{ last_name }} {{ member_number }} {{ points }} {{ description }} " +
          "{{ balance_available }} {{ balance_pending }} {% if tier != blank %}{{ tier }}{% endif %}" +
          "{% assign total = balance_available | plus: balance_pending %}{{ total }}"
      )
    ).toBeNull()
  })

  it("names unknown variables, even in a branch the example values do not take", () => {
    expect(templateProblem("{% if points > 1000000 %}{{ nickname }}{% endif %}")).toMatch(
      /unknown variable 'nickname'/
    )
    expect(templateProblem("{{ a }}{{ b }}")).toMatch(/unknown variables 'a', 'b'/)
  })

  it("refuses code, files and runaway loops", () => {
    expect(templateProblem('{{ constructor.constructor("return process")() }}')).not.toBeNull()
    expect(templateProblem("{{ points.constructor }}")).toMatch(/cannot be rendered/)
    expect(templateProblem("{% include 'x' %}")).toMatch(/include, render or layout/)
    expect(templateProblem("{% for i in (1..1000000000) %}.{% endfor %}")).toMatch(
      /cannot be rendered/
    )
    expect(templateProblem("{{ points | no_such_filter }}")).toMatch(
      /undefined filter: no_such_filter/
    )
  })

  it("renders subject on one line and the body as written", () => {
    expect(
      renderLoyaltyMessage(
        { subject: "{{ points }}\n points", body: "Hi {{ first_name }},\n\n{{ tier }}" },
        exampleMessageVariables()
      )
    ).toEqual({ subject: "120 points", body: "Hi Selma,\n\nGold" })
  })

  it("groups numbers as the message's locale writes them, through the number filter", () => {
    const variables = { ...exampleMessageVariables(), points: -1234567, balance_available: 0.5 }
    const render = (locale?: string) =>
      renderLoyaltyMessage(
        {
          subject: "{{ points | number }}",
          body: "{{ balance_available | number }}|{{ first_name | number }}|{{ points }}",
        },
        variables,
        locale
      )
    expect(render()).toEqual({ subject: "-1,234,567", body: "0.5|Selma|-1234567" })
    expect(render("de").subject).toBe("-1.234.567")
    expect(render("sv-SE").subject.replace(/\s/g, " ")).toBe("−1 234 567")
    expect(templateProblem("{{ points | number }}")).toBeNull()
  })

  it("escapes the body for HTML", () => {
    expect(plainTextToHtml("a <b> & 'c'\nd\n\ne")).toBe(
      "<p>a &lt;b&gt; &amp; &#39;c&#39;<br>d</p>\n<p>e</p>"
    )
  })

  it("looks for the customer's locale, its language, then the default", () => {
    expect(localeCandidates("sv-se", "en")).toEqual(["sv-SE", "sv", "en"])
    expect(localeCandidates("sv", "en")).toEqual(["sv", "en"])
    expect(localeCandidates(undefined, "en")).toEqual(["en"])
    expect(localeCandidates("not a locale!", "de")).toEqual(["de"])
    expect(localeCandidates(42, "en")).toEqual(["en"])
  })
})
