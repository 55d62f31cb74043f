//! `try {..} catch ($e) {..} finally {..}` (feature 'try'): compiled to `StmtKind::Try`;
//! the catch variable is a lexical of the catch block's scope.

use super::node::StmtKind;
use super::Compiler;
use lang::ast;

impl<'a> Compiler<'a> {
    pub(super) fn try_catch(
        &mut self,
        body: &ast::Block,
        catch: &Option<(String, ast::Block)>,
        finally: &Option<ast::Block>,
    ) -> StmtKind {
        let body = self.block(body);
        let catch = catch.as_ref().map(|(var, blk)| {
            self.push_scope();
            let (_, slot) = self.declare('$', var);
            let blk = self.block(blk);
            self.pop_scope();
            (slot, blk)
        });
        let finally = finally.as_ref().map(|b| self.block(b));
        StmtKind::Try {
            body,
            catch,
            finally,
        }
    }
}
