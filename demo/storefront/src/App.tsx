import { useEffect } from "react"
import { BrowserRouter, Route, Routes, useLocation } from "react-router-dom"
import { Footer } from "./components/Footer"
import { Header } from "./components/Header"
import { CartProvider } from "./lib/cart"
import { RegionProvider } from "./lib/region"
import { SessionProvider } from "./lib/session"
import { AccountPage } from "./pages/AccountPage"
import { CartPage } from "./pages/CartPage"
import { CheckoutPage } from "./pages/CheckoutPage"
import { OrderPage } from "./pages/OrderPage"
import { ProductPage } from "./pages/ProductPage"
import { ShopPage } from "./pages/ShopPage"
import { SignInPage } from "./pages/SignInPage"

export function App() {
  return (
    <BrowserRouter>
      <RegionProvider>
        <SessionProvider>
          <CartProvider>
            <ScrollToTop />
            <div className="site">
              <Header />
              <main className="site-main">
                <Routes>
                  <Route path="/" element={<ShopPage />} />
                  <Route path="/products/:handle" element={<ProductPage />} />
                  <Route path="/cart" element={<CartPage />} />
                  <Route path="/checkout" element={<CheckoutPage />} />
                  <Route path="/order/:id" element={<OrderPage />} />
                  <Route path="/sign-in" element={<SignInPage />} />
                  <Route path="/account" element={<AccountPage />} />
                  <Route path="*" element={<ShopPage />} />
                </Routes>
              </main>
              <Footer />
            </div>
          </CartProvider>
        </SessionProvider>
      </RegionProvider>
    </BrowserRouter>
  )
}

function ScrollToTop() {
  const { pathname } = useLocation()
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])
  return null
}
