export function Footer() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div>
          <p className="site-footer__brand">Nordscen</p>
          <p>Theatre, dance, opera and music on three stages in Stockholm and Göteborg.</p>
        </div>
        <div>
          <p className="site-footer__heading">Membership</p>
          <p>
            Every krona you spend earns a point. Points become rewards; tiers bring members' prices.
          </p>
        </div>
        <div>
          <p className="site-footer__heading">Box office</p>
          <p>Scengatan 1, Stockholm · Open Tue–Sat 12–19</p>
        </div>
      </div>
      <p className="site-footer__legal">
        A demo shop on Medusa. Payments use a test provider; nothing is charged.
      </p>
    </footer>
  )
}
