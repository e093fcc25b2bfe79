// The same page for staff and patients: the viewer's own account, whatever their role.
export { AccountPage as default, accountMetadata as metadata } from "@/components/accounts/account-settings";
